import { Dialog, Kbd } from './ui.tsx';

const KEYS: [string, string][] = [
  ['j / k', 'Next / previous case'],
  ['Enter / o', 'Open the selected case'],
  ['x', 'Select the case for a bulk action'],
  ['c', 'Claim the case'],
  ['n', 'Write a note'],
  ['r', 'Resolve (dismiss or apply an action)'],
  ['e', 'Escalate'],
  ['u', 'Back to the list'],
  ['g q / g d / g p', 'Go to queues, dashboard, policies'],
  ['/', 'Search accounts, cases and content'],
  ['?', 'Show this help'],
];

export function ShortcutHelp({ onClose }: { onClose: () => void }) {
  return (
    <Dialog title="Keyboard shortcuts" onClose={onClose}>
      <table className="keys">
        <tbody>
          {KEYS.map(([k, what]) => (
            <tr key={k}>
              <td>
                {k.split(' / ').map((part, i) => (
                  <span key={part}>
                    {i > 0 && <span className="muted"> / </span>}
                    {part.split(' ').map((x) => (
                      <Kbd key={x}>{x}</Kbd>
                    ))}
                  </span>
                ))}
              </td>
              <td>{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted small">Shortcuts are off while you type in a field. Actions your role may not take are hidden.</p>
    </Dialog>
  );
}
