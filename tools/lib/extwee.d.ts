/** Types for the part of "extwee" the author CLI uses (its package "exports" map hides its own types from TypeScript). */
declare module 'extwee' {
  export interface ExtweePassage {
    name: string;
    tags: string[];
    text: string;
    metadata: Record<string, unknown>;
  }
  export interface ExtweeStory {
    name: string;
    start: string;
    format: string;
    formatVersion: string;
    passages: ExtweePassage[];
  }
  /** Parses Twee 3 text into a story (StoryTitle and StoryData are read into the story, not kept as passages). */
  export function parseTwee(text: string): ExtweeStory;
}
