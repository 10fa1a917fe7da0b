/** The art drawers, loaded lazily (after the screen's text is on screen): each returns an SVG document. */
import { paletteFor } from '../../world/palette';
import type { CardArt } from './card-model';
import { drawKeyArt } from './key-art';
import { drawScenarioCard } from './scenario-card-art';

/** The title screen's key art. */
export const keyArt = (highContrast: boolean): string => drawKeyArt(paletteFor(highContrast));

/** A scenario card's picture. */
export const cardArt = (art: CardArt, highContrast: boolean): string => drawScenarioCard(paletteFor(highContrast), art);
