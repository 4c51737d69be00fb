export interface ProblemAlertProps {
  /** What was refused, and that nothing changed. */
  title: string;
  problems: readonly string[];
}

/** Reasons something was refused, one per line; `role="alert"` so screen readers announce it at once. */
export function ProblemAlert({ title, problems }: ProblemAlertProps) {
  // A line said twice adds nothing, and each line is its own key.
  const lines = [...new Set(problems)];
  return (
    <div class="problem-alert" role="alert">
      <p class="problem-alert-title">{title}</p>
      {lines.length > 0 && (
        <ul class="problem-alert-list">
          {lines.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
