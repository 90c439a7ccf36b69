/**
 * Marks a use case class. The decorator does nothing at run time, but a decorated class
 * makes the compiler (TypeScript or SWC with `emitDecoratorMetadata`) record its constructor
 * parameter types as `design:paramtypes`. That is what lets the feature layer register a use
 * case as a plain Nest provider by class and have the port classes injected, without the
 * core importing anything from Nest.
 */
export function UseCase(): ClassDecorator {
  return () => undefined;
}
