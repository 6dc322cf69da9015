/**
 * Capitalised words that turn a place or organization name into the name of something else: a
 * stream ("Lahore Nala"), a train ("Chaman Passenger", "Bolan Mail"), an outlet ("The Balochistan
 * Post", "Radio Pakistan"), a hospital, a club or a cricket team ("Quetta Gladiators").
 */
import { wordSet } from './word-set';

/** Words that, right after a name, make a longer proper name of another thing. */
export const NAME_MAKERS_AFTER = wordSet(
  (
    'nala nullah road chowk bridge street avenue bazaar market colony bypass interchange motorway ' +
    'passenger express mail hospital university college school stadium gymkhana club press news ' +
    'point times post tribune today observer herald voice chronicle gazette department ' +
    'gladiators kings qalandars united zalmi sultans fc'
  ).split(' '),
  'lowercase',
);

/** Words that, right before a name, make a longer proper name: outlets and brands. */
export const NAME_MAKERS_BEFORE = wordSet(['radio', 'daily', 'air'], 'lowercase');
