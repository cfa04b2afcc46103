open System.IO
open System.Net.Http

use client = new HttpClient()
use request = new HttpRequestMessage(HttpMethod.Post, "{{baseUrl}}/upload")
let form = new MultipartFormDataContent()
form.Add(new StringContent("A text file"), "description")
let part2 = new ByteArrayContent(File.ReadAllBytes("upload.txt"))
part2.Headers.TryAddWithoutValidation("Content-Type", "text/plain") |> ignore
form.Add(part2, "document", "upload.txt")
form.Add(new StringContent("file"), "after")
request.Content <- form
use response = client.Send(request)
use reader = new StreamReader(response.Content.ReadAsStream())
printfn "%s" (reader.ReadToEnd())
