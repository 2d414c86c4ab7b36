import Foundation
import RepereTestSupport
import Testing

/// The README's DuckDB example, run: the raw transcripts loaded into DuckDB give the same
/// override counts per block as `repere stats`. Enabled when `python3` imports `duckdb`
/// (`pip install duckdb`).
@Suite(
  "DuckDB reproduces a figure of repere stats",
  .enabled(if: DuckDB.isAvailable, "python3 with duckdb is needed"))
struct DuckDBBridgeTests {
  /// The query of the README (« Beyond one machine »), on the files `repere stats` counts.
  static let query = """
    SELECT block,
           count(*) AS positioned,
           count(*) FILTER (WHERE overridden) AS overrides
    FROM (
      SELECT filename, block, overridden
      FROM read_json($files, format = 'newline_delimited', filename = true,
                     columns = {seq: 'BIGINT', type: 'VARCHAR', block: 'VARCHAR',
                                overridden: 'BOOLEAN'})
      WHERE type = 'decision'
      QUALIFY row_number() OVER (PARTITION BY filename, block ORDER BY seq DESC) = 1
    )
    GROUP BY block ORDER BY block
    """

  @Test func overridesPerBlock() throws {
    let files = ["a/dupont.jsonl", "a/martin.jsonl", "b/leroy.jsonl"].map {
      StatsFolder.root.appendingPathComponent($0).path
    }
    let program = """
      import duckdb, json, sys
      rows = duckdb.execute(sys.argv[1], {"files": sys.argv[2:]}).fetchall()
      print(json.dumps({block: [positioned, overrides] for block, positioned, overrides in rows}))
      """
    let result = try JSONSchemaValidator.run(["-c", program, Self.query] + files, input: "")
    #expect(result.status == 0, "\(result.output)")
    let duck = try #require(
      try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: [Int]])

    let run = try RepereBinary.run(["stats"] + files + ["--format", "json"])
    let report = try #require(
      try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
    let blocks = try #require(report["blocks"] as? [[String: Any]])
    var stats: [String: [Int]] = [:]
    for block in blocks {
      let agreement = try #require(block["agreement"] as? [String: Any])
      let positioned = agreement["positioned"] as? Int ?? 0
      if positioned > 0 {
        stats[block["block"] as? String ?? ""] = [positioned, agreement["overrides"] as? Int ?? 0]
      }
    }
    #expect(duck == stats)
    #expect(duck["C1.1"] == [3, 1])
  }
}

/// Python's `duckdb` module.
enum DuckDB {
  static let isAvailable: Bool = {
    (try? JSONSchemaValidator.run(["-c", "import duckdb"], input: ""))?.status == 0
  }()
}
