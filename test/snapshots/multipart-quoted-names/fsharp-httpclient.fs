open System.IO
open System.Net.Http

use client = new HttpClient()
use request = new HttpRequestMessage(HttpMethod.Post, "{{baseUrl}}/upload")
let form = new MultipartFormDataContent()
form.Add(new StringContent("one"), "say %22hi%22")
form.Add(new StringContent("two"), "a\\b%22c%22")
let part3 = new ByteArrayContent(File.ReadAllBytes("upload.txt"))
part3.Headers.TryAddWithoutValidation("Content-Type", "text/plain") |> ignore
form.Add(part3, "doc %22main%22", "upload.txt")
form.Add(new ByteArrayContent(File.ReadAllBytes("q\"uote.txt")), "quoted file", "q%22uote.txt")
request.Content <- form
use response = client.Send(request)
use reader = new StreamReader(response.Content.ReadAsStream())
printfn "%s" (reader.ReadToEnd())
