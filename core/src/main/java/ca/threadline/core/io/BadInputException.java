package ca.threadline.core.io;

/** Thrown when input cannot be used; commands turn it into a message and exit code 2. */
public class BadInputException extends RuntimeException {
  private final InputProblem problem;

  public BadInputException(InputProblem problem) {
    super(problem.message());
    this.problem = problem;
  }

  public BadInputException(InputProblem problem, Throwable cause) {
    super(problem.message(), cause);
    this.problem = problem;
  }

  public InputProblem problem() {
    return problem;
  }
}
