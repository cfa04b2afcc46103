using Flurl.Http;

var response = await "{{baseUrl}}/upload"
    .PostMultipartAsync(content => content
        .AddString("say %22hi%22", "one")
        .AddString("a\\b%22c%22", "two")
        .AddFile("doc %22main%22", "upload.txt", "text/plain")
        .AddFile("quoted file", "q\"uote.txt", fileName: "q%22uote.txt")
    );
Console.WriteLine(await response.GetStringAsync());
