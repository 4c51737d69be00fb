import css from '../../components/overlay/chips.css?inline';
import { styleAdopter } from './style-sheets';

/** The chips' styles, for every shadow root of the content script's: hosts, the summary, the floating layer. */
export const adoptStyles = styleAdopter(css);
