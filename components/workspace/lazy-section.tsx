import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../lib/i18n/catalogue';
import { ProblemAlert } from '../ProblemAlert';

type SectionComponent = FunctionComponent<{ arg: string }>;

/**
 * A section whose script loads when it is first shown, once: the workspace
 * opens with the script of the section in view only. Running the whole
 * workspace's script before its first paint took longer than the rest of a
 * first render with a large catalogue. A script that cannot load (the
 * extension was updated while the page stayed open) says so.
 */
export function lazySection(load: () => Promise<SectionComponent>): SectionComponent {
  let loaded: SectionComponent | undefined;
  let loading: Promise<SectionComponent> | undefined;
  return function LazySection(props) {
    const [Section, setSection] = useState(() => loaded);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (Section) return;
      let current = true;
      loading ??= load().then((component) => {
        loaded = component;
        return component;
      });
      loading.then(
        (component) => current && setSection(() => component),
        (error: unknown) => {
          loading = undefined;
          console.error('Throughline: a workspace section did not load', error);
          if (current) setFailed(true);
        },
      );
      return () => {
        current = false;
      };
    }, []);
    if (Section) return <Section {...props} />;
    return failed ? <ProblemAlert title={t('lazySection_couldNotLoad')} problems={[]} /> : null;
  };
}
