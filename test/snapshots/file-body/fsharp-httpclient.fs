open System.IO
open System.Net.Http

use client = new HttpClient()
use request = new HttpRequestMessage(HttpMethod.Put, "{{baseUrl}}/blobs/upload.txt")
request.Content <- new ByteArrayContent(File.ReadAllBytes("upload.txt"))
request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/octet-stream") |> ignore
use response = client.Send(request)
use reader = new StreamReader(response.Content.ReadAsStream())
printfn "%s" (reader.ReadToEnd())
