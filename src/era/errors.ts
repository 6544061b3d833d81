// One error type for every refusal: its message is the one line the command line prints and the import shows.
// Messages name positions, control numbers and versions, never a patient's data.
export class EraError extends Error {
  constructor(message: string) {
    super(message)
    this.name = "EraError"
  }
}
