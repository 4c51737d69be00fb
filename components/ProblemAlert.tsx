export interface ProblemAlertProps {
  /** What was refused, and that nothing changed. */
  title: string;
  problems: readonly string[];
}

/** Reasons something was refused, one per line; `role="alert"` so screen readers announce it at once. */
export function ProblemAlert({ title, problems }: ProblemAlertProps) {
  return (
    <div class="problem-alert" role="alert">
      <p class="problem-alert-title">{title}</p>
      {problems.length > 0 && (
        <ul class="problem-alert-list">
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
