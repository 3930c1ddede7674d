/**
 * The shape every aggregate takes (Emmett's decider): pure state, pure evolution, pure decisions.
 * Time and fresh ids are passed in, never read from the environment, so decisions replay exactly.
 */
export interface Decider<State, Command, Event> {
  readonly initialState: () => State;
  readonly evolve: (state: State, event: Event) => State;
  readonly decide: (command: Command, state: State) => readonly Event[];
}

export const fold = <State, Event>(
  evolve: (state: State, event: Event) => State,
  initial: State,
  events: readonly Event[],
): State => events.reduce(evolve, initial);
