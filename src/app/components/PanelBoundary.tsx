// Keeps an error inside one panel: the panel shows a one-line message and the rest of the app goes
// on working. Without it, React unmounts the whole tree on a render error and the page goes blank.
import { Component, type ReactNode } from "react";
import "../styles/panel-boundary.css";

interface Props {
  /** The panel's name as its region is labelled ("Map", "Timeline", ...). */
  name: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
}

export class PanelBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown): void {
    // Still reported where a developer looks; the reader gets the one line below.
    console.error(`${this.props.name} panel:`, error);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <section className="panel-error" aria-label={this.props.name}>
        <p role="alert">
          {this.props.name} could not be shown: {error.message.split("\n")[0]}
        </p>
      </section>
    );
  }
}
