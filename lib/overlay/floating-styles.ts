import chips from '../../components/overlay/chips.css?inline';
import floating from '../../components/overlay/floating.css?inline';
import { styleAdopter } from './style-sheets';

/** The floating UI's styles over the chips' (it shows chips too), for the roots it draws in: loaded with that part. */
export const adoptFloatingStyles = styleAdopter(chips, floating);
