using Flurl.Http;

var response = await "{{baseUrl}}/blobs/upload.txt"
    .WithHeader("Content-Type", "application/octet-stream")
    .PutAsync(new ByteArrayContent(File.ReadAllBytes("upload.txt")));
Console.WriteLine(await response.GetStringAsync());
