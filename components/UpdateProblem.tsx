import type { UpdateFailure } from '../lib/update/update-failure';

export type UpdateProblemProps = {
  failure: UpdateFailure;
  /** Prefix of the test ids: `${testId}-status`, `${testId}-errors`. */
  testId: string;
  /** What the reader tried, for the opening words ("newer.json was not imported"). */
  subject: string;
};

/** A refused update: the reason in a sentence, every validation error by path, and that nothing changed. */
export default function UpdateProblem({ failure, testId, subject }: UpdateProblemProps) {
  return (
    <div class="problem">
      <p role="alert" class="error" data-testid={`${testId}-status`} data-kind={failure.kind}>
        {subject}: {failure.message} The current dataset is unchanged.
      </p>
      {failure.errors.length > 0 && (
        <ul class="errors" data-testid={`${testId}-errors`}>
          {failure.errors.map((e, i) => (
            <li key={i}>
              <code>{e.path || '(root)'}</code>: {e.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
