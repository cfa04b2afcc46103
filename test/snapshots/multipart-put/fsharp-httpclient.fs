open System.IO
open System.Net.Http

use client = new HttpClient()
use request = new HttpRequestMessage(HttpMethod.Put, "{{baseUrl}}/profile")
request.Headers.TryAddWithoutValidation("X-Request-Id", "42") |> ignore
let form = new MultipartFormDataContent()
form.Add(new StringContent("Ada"), "name")
form.Add(new StringContent("a"), "tag")
form.Add(new StringContent("b"), "tag")
let part4 = new ByteArrayContent(File.ReadAllBytes("upload.txt"))
part4.Headers.TryAddWithoutValidation("Content-Type", "text/plain") |> ignore
form.Add(part4, "avatar", "upload.txt")
request.Content <- form
use response = client.Send(request)
use reader = new StreamReader(response.Content.ReadAsStream())
printfn "%s" (reader.ReadToEnd())
