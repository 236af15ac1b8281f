import { useDatelineStore } from "./store";
import { EmptyState, ErrorScreen, LoadingScreen } from "./components/StatusScreens";
import { Workspace } from "./Workspace";

/** Routes between loading, error, empty and the workspace by the data slice's status. */
export function App() {
  const status = useDatelineStore((s) => s.status);
  const dataset = useDatelineStore((s) => s.dataset);
  const loadError = useDatelineStore((s) => s.loadError);

  if (status === "loading") return <LoadingScreen />;
  if (status === "error" || !dataset)
    return (
      <ErrorScreen
        title={loadError?.title ?? "Something went wrong."}
        problems={loadError?.problems ?? []}
        hint={loadError?.hint ?? null}
      />
    );
  if (dataset.events.length === 0 && dataset.places.length === 0)
    return <EmptyState documentCount={dataset.documents.length} />;
  return <Workspace dataset={dataset} />;
}
