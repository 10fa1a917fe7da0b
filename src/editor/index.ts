/** The scenario editor's entry, loaded only for ?editor=1. */
import './editor.css';
export { startEditor } from './editor';
