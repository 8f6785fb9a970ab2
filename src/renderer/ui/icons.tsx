/**
 * Small icons drawn inline (issue 18): symbols such as 🔊 or ⏸ show as an empty box where the system has no emoji
 * font (many Linux desktops). Decorative: the button they sit in says what it does in words.
 */
import './icons.css';

const svgProps = { viewBox: '0 0 16 16', width: 16, height: 16, 'aria-hidden': true, focusable: false } as const;

export function SpeakerIcon() {
  return (
    <svg className="icon" {...svgProps}>
      <path d="M2 6h3l4-3v10l-4-3H2z" fill="currentColor" />
      <path d="M11 5.5a3.5 3.5 0 0 1 0 5M12.5 3.5a6 6 0 0 1 0 9" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" />
    </svg>
  );
}

export function PlayIcon() {
  return (
    <svg className="icon" {...svgProps}>
      <path d="M4 2.5v11l9.5-5.5z" fill="currentColor" />
    </svg>
  );
}

export function PauseIcon() {
  return (
    <svg className="icon" {...svgProps}>
      <path d="M3.5 2.5h3v11h-3zM9.5 2.5h3v11h-3z" fill="currentColor" />
    </svg>
  );
}

export function StopIcon() {
  return (
    <svg className="icon" {...svgProps}>
      <path d="M3 3h10v10H3z" fill="currentColor" />
    </svg>
  );
}
