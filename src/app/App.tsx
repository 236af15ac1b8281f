import { useDatelineStore } from "./store";
import { EmptyState, ErrorScreen, LoadingScreen } from "./components/StatusScreens";
import { Workspace } from "./Workspace";

/** Routes between loading, error, empty and the workspace by the data slice's status. */
export function App() {
  const status = useDatelineStore((s) => s.status);
  const index = useDatelineStore((s) => s.index);
  const loadError = useDatelineStore((s) => s.loadError);
  const loadProgress = useDatelineStore((s) => s.loadProgress);

  if (status === "loading") return <LoadingScreen progress={loadProgress} />;
  if (status === "error" || !index)
    return (
      <ErrorScreen
        title={loadError?.title ?? "Something went wrong."}
        problems={loadError?.problems ?? []}
        hint={loadError?.hint ?? null}
      />
    );
  if (index.events.length === 0 && index.places.length === 0)
    return <EmptyState documentCount={index.documents.length} />;
  return <Workspace index={index} />;
}
