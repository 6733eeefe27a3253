using System.Text;

namespace Archive.Api.Records;

/// <summary>
/// A table as CSV for a spreadsheet: UTF-8 with a byte-order mark so that Excel reads the accents, CRLF lines,
/// cells quoted when needed, and a cell a spreadsheet would take for a formula kept as text.
/// </summary>
public static class CsvTable
{
    public static byte[] Bytes(IEnumerable<string> header, IEnumerable<IEnumerable<string>> rows)
    {
        var text = new StringBuilder();
        Line(text, header);
        foreach (var row in rows) Line(text, row);
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static void Line(StringBuilder text, IEnumerable<string> cells)
    {
        text.AppendJoin(',', cells.Select(Cell));
        text.Append("\r\n");
    }

    private static string Cell(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r') value = "'" + value;
        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
    }
}
