using Flurl.Http;

var body = "<?xml version=\"1.0\"?>\n" +
    "<propfind xmlns=\"DAV:\"><allprop/></propfind>\n";
var response = await "{{baseUrl}}/dav/"
    .WithHeader("Depth", "1")
    .WithHeader("Content-Type", "application/xml")
    .SendStringAsync(new HttpMethod("PROPFIND"), body);
Console.WriteLine(await response.GetStringAsync());
