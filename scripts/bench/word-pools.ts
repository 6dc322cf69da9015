/** Word pools for generated names and prose: Pakistani, Chinese, Arabic-script and Cyrillic names, org and place words. */

/** Latin-script given names (many shared prefixes across names). */
export const GIVEN = (
  'Muhammad Mohammad Ahmed Ali Hassan Hussain Imran Shahbaz Nawaz Asif Bilawal Maryam Fatima ' +
  'Ayesha Zainab Usman Umar Abdul Abdullah Khalid Tariq Javed Pervez Shaukat Sardar Mir Raza ' +
  'Faisal Kamran Nadeem Saeed Rashid Zafar Akbar Aslam Naveed Waqar Sajid Hamid Junaid Salman ' +
  'Wang Li Zhang Liu Chen Yang Zhao Huang Zhou Wu Xu Sun Hu Zhu Gao Lin He Guo Ma Luo ' +
  'John David Michael Sarah Anna Maria Peter James Robert Daniel Elena Olga Sergei Viktor'
).split(' ');

/** Latin-script family names. */
export const FAMILY = (
  'Khan Sharif Bhutto Zardari Naqvi Qureshi Malik Chaudhry Siddiqui Abbasi Baloch Marri Bugti ' +
  'Mengal Jamali Achakzai Durrani Afridi Wazir Mehsud Yousafzai Tareen Gilani Hashmi Rizvi ' +
  'Jafri Kazmi Bukhari Shah Butt Cheema Gondal Warraich Bajwa Rana Niazi Leghari Mazari ' +
  'Wei Jun Qiang Ming Hua Jian Ping Gang Lei Bo Tao Yong Hai Feng Xin Yi Hong Ling ' +
  'Smith Miller Petrov Ivanov Novak Horvat Schmidt Weber Rossi Bianchi Dubois Laurent'
).split(' ');

/** Arabic-script (Urdu) names, matched as whole words of their own script. */
export const URDU = (
  'عمران خان|شہباز شریف|آصف زرداری|بلاول بھٹو|مریم نواز|محسن نقوی|سرفراز بگٹی|اختر مینگل|' +
  'نواز شریف|فضل الرحمان|شاہ محمود قریشی|اسد عمر|پرویز الہی|مولانا عبدالغفور|جام کمال'
).split('|');

/** Han-script names (every character is a word of its own to the tokeniser). */
export const HAN = '李强 王毅 习近平 张军 刘建超 赵立坚 秦刚 杨洁篪 孙卫东 农融 姚敬 陈晓东'.split(
  ' ',
);

/** Cyrillic names. */
export const CYRILLIC = 'Сергей Лавров|Владимир Путин|Мария Захарова|Алексей Оверчук'.split('|');

/** Words that form organisation names. */
export const ORG_HEAD = (
  'National Federal Provincial Pakistan Balochistan Sindh Punjab Khyber China Chinese Gwadar ' +
  'Karachi Lahore Islamabad Peshawar Quetta United Islamic Democratic Popular Liberation Frontier'
).split(' ');

/** Organisation kinds (last word). */
export const ORG_TAIL = (
  'Front Movement Army Council Authority Corporation Bank Party League Alliance Force Corps ' +
  'Agency Commission Company Board Institute Association Tehreek Jamaat Lashkar Brigade'
).split(' ');

/** Middle words for organisations. */
export const ORG_MIDDLE = (
  'Development Security Investment Energy Power Port Highway Liberation Justice People Workers ' +
  'Students Defence Economic Counter-Terrorism Intelligence Water Mining Railway'
).split(' ');

/** Roots and suffixes for place names. */
export const PLACE_ROOT = (
  'Kala Shah Mir Dera Khan Tando Jacob Hasan Ahmed Fateh Haji Sher Noor Gul Zar Pir Chak Kot ' +
  'Bahawal Rahim Sadiq Muzaffar Jhang Hyder Sukk Turb Pasn Khuzd Panj Gilgi Skard Chitr'
).split(' ');

/** Place-name endings. */
export const PLACE_SUFFIX = 'abad pur kot garh nagar wala pura -e-Sharif'.split(' ');

/** Place qualifiers. */
export const PLACE_QUALIFIER = 'District Tehsil Valley Road Bazaar Colony Town Dam Pass'.split(' ');

/** Role titles for generated people. */
export const TITLES = (
  'Minister|Prime Minister|Interior Minister|Chief Minister|Ambassador|Governor|Senator|' +
  'Inspector General|Spokesperson|Commander|Chairman|Director General'
).split('|');

/** Ordinary prose words for filler text (lower case). */
export const PROSE = (
  'the of and to in a on for with by at from that this was were is are said officials police ' +
  'security forces attack convoy workers project road province district government after before ' +
  'during while when where which who whom their they them its his her he she it we our reported ' +
  'according local sources told reporters statement condemned incident killed injured explosion ' +
  'vehicle near city town area region border investigation suspects arrested claimed group ' +
  'responsibility meeting talks cooperation corridor economic investment power plant port ' +
  'engineers nationals foreign embassy visit week month year earlier later since recent new ' +
  'several many two three four five hundred thousand people residents market school hospital ' +
  'night morning evening protest strike court hearing order case report news article update ' +
  'live blog analysts expect further measures across country capital highway bridge dam tunnel ' +
  'construction site guards checkpoint operation militants gunmen motorcycle bomb blast fire ' +
  'witnesses shops closed traffic roads officials confirmed toll rose condition critical'
).split(' ');
