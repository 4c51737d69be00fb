import { render } from 'preact';
import { sectionOf } from '../../components/workspace/sections';
import { WorkspaceApp } from '../../components/workspace/WorkspaceApp';
import { markPageLanguage } from '../../lib/i18n/page-language';
import { parseRoute } from '../../lib/workspace/route';
import '../../components/overlay/chips.css';
import '../../components/overlay/floating.css';
import './style.css';

markPageLanguage();
// The section in view starts loading now, not after the shell's first render: its script is most of the wait.
sectionOf(parseRoute(location.hash).section).component.preload();
render(<WorkspaceApp />, document.getElementById('app')!);
