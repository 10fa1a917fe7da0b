/**
 * One illustrated backdrop per scenario stage (see STAGES in src/scenario), drawn as SVG for the
 * exact canvas size so it stays crisp and composed on any screen.
 */
import type { STAGES } from '../../scenario/index';
import type { Frame } from '../layout';
import type { Palette } from '../palette';
import { bank, lab, office, post, workshop } from './indoor';
import { customs, farm, market, neutral, road } from './outdoor';
import { airport, planeInFlight, port, shipAtSea, warehouse } from './transport';
import { Svg } from './svg';
import { coldStore, courierHub, customsOffice, packhouse, studio, tradeFair } from './workplaces';

type Draw = (s: Svg, f: Frame) => void;
/** A scenario stage. */
export type Stage = (typeof STAGES)[number];

/** The drawing of each stage. A Record, so a new stage in the schema is a type error here until drawn. */
export const BACKDROPS: Record<Stage, Draw> = {
  office, farm, workshop, bank, lab, customs, port, airport,
  road, ship: shipAtSea, plane: planeInFlight, warehouse, market, post,
  studio, packhouse, 'cold-store': coldStore, 'customs-office': customsOffice, 'courier-hub': courierHub, 'trade-fair': tradeFair,
};

/** The stages that have a backdrop. */
export const BACKDROP_STAGES = Object.keys(BACKDROPS) as Stage[];

/** Whether a string is a stage with a backdrop. */
export function isStage(stage: string | null): stage is Stage {
  return stage !== null && Object.prototype.hasOwnProperty.call(BACKDROPS, stage);
}

/**
 * The SVG backdrop for a stage (unknown or null: a neutral landscape), composed in the frame's
 * visible area and bleeding to its left: (frame.left + frame.w) × frame.h pixels.
 */
export function drawBackdrop(stage: string | null, frame: Frame, palette: Palette): string {
  const s = new Svg(frame.w, frame.h, palette, frame.u, frame.left);
  const draw = isStage(stage) ? BACKDROPS[stage] : neutral;
  draw(s, frame);
  return s.toString();
}
