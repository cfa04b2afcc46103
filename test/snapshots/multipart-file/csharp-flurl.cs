using Flurl.Http;

var response = await "{{baseUrl}}/upload"
    .PostMultipartAsync(content => content
        .AddString("description", "A text file")
        .AddFile("document", "upload.txt", "text/plain")
        .AddString("after", "file")
    );
Console.WriteLine(await response.GetStringAsync());
