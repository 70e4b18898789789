using System.Buffers;
using System.Text.Json;

namespace CaoMonitor.Extraction;

/// <summary>What the parent asks a child: one PDF and its caps; <see cref="Id"/> comes back in the answer.</summary>
public sealed record ChildRequest(string Path, int MaxPages, long MaxTextChars)
{
    public long Id { get; init; }
}

/// <summary>What a child answers: the pages, or a failure with its stable reason; <see cref="ParseMs"/> and
/// <see cref="LayoutMs"/> say where the child's time went (PdfPig's parsing and text, our line layout); <see cref="Id"/>
/// is the request's (0 for a request the child could not read).</summary>
public sealed record ChildResponse(bool Ok, string? Reason, string? Message, IReadOnlyList<PdfPigPage>? Pages)
{
    public long Id { get; init; }
    public double ParseMs { get; init; }
    public double LayoutMs { get; init; }
}

/// <summary>
/// The child side of isolated PDF parsing: `caomonitor extract-child` reads one JSON request per line
/// on stdin and writes one JSON response per line on stdout, for as many files as the parent sends
/// (start-up is paid once per child, not per file), each answer carrying its request's id. It runs
/// under a heap cap set by the parent; PdfPig swallows some errors and would return empty pages after
/// running out of memory, so any OutOfMemoryException seen, caught or not, makes the file fail as
/// too-large and the child exit. It never exits on its own otherwise: the parent ends an idle child by
/// closing its stdin (so no request can arrive at a child that has decided to go), and a parent that
/// dies closes it too.
/// </summary>
public static class ExtractionChild
{
    public const string Verb = "extract-child";

    private static volatile bool _outOfMemory;

    /// <summary>
    /// The protocol's JSON. Letters outside ASCII are written as themselves, not as \uXXXX escapes
    /// (the default encoder escapes every non-ASCII letter, and HTML-sensitive ones such as &lt; and ',
    /// for safe embedding in HTML): these lines go through a pipe between our own processes and are
    /// never put in a web page. Quotes, backslashes, control characters and broken surrogates are
    /// still escaped, so an answer stays one valid line and every text comes back exactly as written.
    /// </summary>
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// Serves requests from <paramref name="input"/> until its end. Answers go to <paramref name="output"/>
    /// only, one line each in one write; the process's Console.Out is pointed elsewhere by the caller, so
    /// nothing else can land between the answers.
    /// </summary>
    public static int Serve(TextReader input, Stream output)
    {
        AppDomain.CurrentDomain.FirstChanceException += (_, e) =>
        {
            if (e.Exception is OutOfMemoryException or InsufficientExecutionStackException) _outOfMemory = true;
        };
        while (input.ReadLine() is { } line)
        {
            ChildRequest? request;
            try { request = JsonSerializer.Deserialize<ChildRequest>(line, Json); }
            catch (JsonException) { request = null; }
            var response = request is null
                ? new ChildResponse(false, "internal", "the extraction child got a request it could not read", null)
                : Handle(request) with { Id = request.Id };
            var bytes = new ArrayBufferWriter<byte>(16 * 1024);
            // A writer of our own takes its encoder from its own options, not from the serializer's.
            using (var writer = new Utf8JsonWriter(bytes, new JsonWriterOptions { Encoder = Json.Encoder })) JsonSerializer.Serialize(writer, response, Json);
            bytes.Write("\n"u8);
            output.Write(bytes.WrittenSpan);
            output.Flush();
            // After running out of memory the runtime's state is suspect: start afresh.
            if (_outOfMemory) return 3;
        }
        return 0; // the parent closed the pipe (idle exit) or died
    }

    private static ChildResponse Handle(ChildRequest request)
    {
        _outOfMemory = false;
        try
        {
            var timing = new PdfPigReader.Timing();
            var pages = PdfPigReader.Read(request.Path, request.MaxPages, request.MaxTextChars, timing);
            return _outOfMemory ? TooLarge() : new ChildResponse(true, null, null, pages)
            {
                ParseMs = timing.Parse.TotalMilliseconds,
                LayoutMs = timing.Layout.TotalMilliseconds,
            };
        }
        catch (ExtractionException e) when (!_outOfMemory)
        {
            return new ChildResponse(false, e.Reason, e.Message, null);
        }
        catch (Exception e) when (_outOfMemory || e is OutOfMemoryException or InsufficientExecutionStackException)
        {
            _outOfMemory = true;
            return TooLarge();
        }
        catch (Exception e)
        {
            var msg = e.Message.Split('\n')[0];
            return new ChildResponse(false, "corrupt", $"the PDF could not be parsed: {e.GetType().Name}: {(msg.Length > 200 ? msg[..200] : msg)}", null);
        }
        finally
        {
            // Hand a big document's memory back before the next file, so idle children stay small.
            if (!_outOfMemory && GC.GetTotalMemory(false) > 48L * 1024 * 1024)
                GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }
    }

    private static ChildResponse TooLarge() =>
        new(false, "too-large", "the PDF needs more memory than the extraction limit allows (a decompression bomb or a huge page)", null);
}
