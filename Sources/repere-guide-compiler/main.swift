// repere-guide-compiler INPUT.yaml OUTPUT.swift
//
// Build-time step of `BundledGuidePlugin`: validates the bundled guide and writes it as
// Swift values. Any problem in the guide is printed as `FILE:LINE:COLUMN: error: …` (the
// form build logs and editors understand) and fails the build.

import Foundation
import RepereCore

let arguments = CommandLine.arguments
guard arguments.count == 3 else {
  FileHandle.standardError.write(
    Data("usage: repere-guide-compiler INPUT.yaml OUTPUT.swift\n".utf8))
  exit(64)
}
let (inputPath, outputPath) = (arguments[1], arguments[2])
guard let data = FileManager.default.contents(atPath: inputPath),
  let text = String(validating: data, as: UTF8.self)
else {
  FileHandle.standardError.write(Data("\(inputPath): error: unreadable or not UTF-8\n".utf8))
  exit(1)
}
let result = DialogueLoader.read(text)
guard let dialogue = result.dialogue else {
  for diagnostic in result.diagnostics {
    let line =
      "\(inputPath):\(diagnostic.line):\(diagnostic.column): error: \(diagnostic.message)\n"
    FileHandle.standardError.write(Data(line.utf8))
  }
  exit(1)
}
let source = DialogueSwiftSource.render(
  dialogue, sha256: ContentHash.sha256(text), byteCount: data.count)
do {
  // Unchanged output keeps its date, so the target is not recompiled for nothing.
  if FileManager.default.contents(atPath: outputPath) != Data(source.utf8) {
    try Data(source.utf8).write(to: URL(fileURLWithPath: outputPath), options: .atomic)
  }
} catch {
  FileHandle.standardError.write(Data("\(outputPath): error: \(error)\n".utf8))
  exit(1)
}
