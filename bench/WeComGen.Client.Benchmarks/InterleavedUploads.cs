using System.Diagnostics;
using System.Net.Http.Headers;

namespace WeComGen.Client.Benchmarks;

/// <summary>
/// A 20 MB file uploaded to a loopback Kestrel server by the client and by a raw HttpClient with
/// MultipartFormDataContent(StreamContent), alternating upload by upload so that load from other tenants of the
/// machine falls on both alike. Each upload is timed, and the managed memory allocated during it is read with
/// GC.GetTotalAllocatedBytes(true) (every thread's: the server's share is in both figures alike).
/// </summary>
internal static class InterleavedUploads
{
    private const int FileBytes = 20 * 1024 * 1024;

    public static async Task RunAsync(int pairs, int warmUps)
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"wecomgen-upload-bench-{Environment.ProcessId}.bin");
        var bytes = new byte[FileBytes];
        new Random(20261202).NextBytes(bytes);
        await File.WriteAllBytesAsync(path, bytes);
        bytes = null;

        await using var server = await UploadServer.StartAsync();
        using var http = new HttpClient();
        var client = new WeComClient(http, new FixedToken(), new WeComClientOptions { BaseAddress = server.BaseAddress });
        var rawUri = new Uri(server.BaseAddress, UploadServer.Path + "?access_token=bench-token&type=file");

        async Task Client()
        {
            var outcome = await client.SendAsync(UploadEndpoint.MediaUpload, new UploadRequest { Type = "file", Media = Uploads.WeComFile.FromPath(path) });
            if (!outcome.IsSuccess)
            {
                throw new InvalidOperationException(outcome.ToString());
            }
        }

        async Task Raw()
        {
            await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan | FileOptions.Asynchronous);
            using var content = new MultipartFormDataContent();
            var part = new StreamContent(file, 64 * 1024);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            content.Add(part, "media", "upload.bin");
            using var response = await http.PostAsync(rawUri, content);
            response.EnsureSuccessStatusCode();
            await response.Content.ReadAsStringAsync();
        }

        try
        {
            for (var i = 0; i < warmUps; i++)
            {
                await Raw();
                await Client();
            }

            var raw = new (double Ms, long Bytes)[pairs];
            var ours = new (double Ms, long Bytes)[pairs];
            for (var i = 0; i < pairs; i++)
            {
                var rawFirst = i % 2 == 0;
                var first = await Measure(rawFirst ? Raw : Client);
                var second = await Measure(rawFirst ? Client : Raw);
                raw[i] = rawFirst ? first : second;
                ours[i] = rawFirst ? second : first;
            }

            Console.WriteLine($"{pairs} uploads of a {FileBytes / (1024 * 1024)} MB file each, alternating, after {warmUps} of each to warm up; loopback Kestrel:");
            Report("mean ms", raw.Average(r => r.Ms), ours.Average(r => r.Ms));
            Report("median ms", Median(raw.Select(r => r.Ms)), Median(ours.Select(r => r.Ms)));
            Console.WriteLine($"  allocated per upload (all threads, server included): raw {raw.Average(r => r.Bytes) / 1024:F0} KB, client {ours.Average(r => r.Bytes) / 1024:F0} KB");
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static async Task<(double Ms, long Bytes)> Measure(Func<Task> upload)
    {
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var start = Stopwatch.GetTimestamp();
        await upload();
        var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        return (elapsed, GC.GetTotalAllocatedBytes(precise: true) - allocated);
    }

    private static void Report(string statistic, double raw, double client) =>
        Console.WriteLine($"  {statistic,-10} raw {raw,8:F1}  client {client,8:F1}  ratio raw/client {raw / client:F3} (the client's share of raw throughput)");

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted[sorted.Length / 2];
    }
}
