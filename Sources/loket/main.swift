// The executable stays thin: parse, pick the store, call the command in LoketApp/CLI, print, exit.
import Foundation
import LoketApp
import LoketCore

func emit(_ result: CLIResult) -> Never {
    if !result.output.isEmpty { FileHandle.standardOutput.write(Data(result.output.utf8)) }
    if !result.error.isEmpty {
        FileHandle.standardError.write(Data((result.error.hasSuffix("\n") ? result.error : result.error + "\n").utf8))
    }
    exit(result.exitCode)
}

let invocation: CLIInvocation
switch CLIInvocation.parse(Array(CommandLine.arguments.dropFirst())) {
case .success(let parsed): invocation = parsed
case .failure(let usage): emit(usage.result)
}
let directory = StoreLocation.resolve(flag: invocation.storeDirectory, environment: ProcessInfo.processInfo.environment)
let clock = Clock()

switch invocation.command {
case .terminal:
    emit(MainActor.assumeIsolated { runTerminalCommand(directory: directory, clock: clock) })
case .help(let topic):
    emit(CLIResult(output: CLIHelp.text(for: topic) + "\n"))
case .nik(let niks):
    emit(runNIKCommand(niks, today: clock.today))
case .demo(let options):
    emit(runDemoCommand(directory: directory, options: options, clock: clock) { line in
        guard !line.isEmpty else { return }
        // Written at once: progress must show while the work goes on, even through a pipe.
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    })
case .stats:
    emit(runStatsCommand(directory: directory, today: clock.today))
case .verify:
    emit(runVerifyCommand(directory: directory))
case .beritaAcara(let session):
    emit(runBeritaAcaraCommand(sessionID: session, directory: directory, clock: clock))
case .sanggahan(let request):
    emit(runAppealCommand(request, directory: directory, clock: clock))
case .sync(let request):
    emit(runSyncCommand(request, directory: directory, clock: clock,
                        readPIN: { readPINFromTerminal(prompt: "PIN petugas (sedikitnya 4 angka): ") }) { line in
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    })
}
