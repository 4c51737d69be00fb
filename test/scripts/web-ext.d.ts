/** The part of web-ext's programmatic API the Firefox smoke run uses; the package ships no types. */
declare module 'web-ext' {
  interface RunParams {
    sourceDir: string;
    firefox: string;
    noReload: boolean;
    noInput: boolean;
    args: string[];
  }
  interface FirefoxRunner {
    runningInfo: { debuggerPort: number };
  }
  interface Runner {
    extensionRunners: FirefoxRunner[];
    exit(): Promise<void>;
  }
  const webExt: { cmd: { run(params: RunParams, options: { shouldExitProgram: boolean }): Promise<Runner> } };
  export default webExt;
}
