using var client = new HttpClient();
using var request = new HttpRequestMessage(HttpMethod.Put, "{{baseUrl}}/blobs/upload.txt");
request.Content = new ByteArrayContent(File.ReadAllBytes("upload.txt"));
request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/octet-stream");
using var response = await client.SendAsync(request);
Console.WriteLine(await response.Content.ReadAsStringAsync());
