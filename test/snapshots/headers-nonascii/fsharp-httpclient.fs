open System.IO
open System.Net.Http
open System.Text

use handler = new SocketsHttpHandler()
// .NET refuses non-ASCII header values unless the handler is told to send them as UTF-8.
handler.RequestHeaderEncodingSelector <- HeaderEncodingSelector<HttpRequestMessage>(fun _ _ -> Encoding.UTF8)
use client = new HttpClient(handler)
use request = new HttpRequestMessage(HttpMethod.Get, "{{baseUrl}}/i18n")
request.Headers.TryAddWithoutValidation("X-Name", "Zoë ✓ 😀") |> ignore
request.Headers.TryAddWithoutValidation("X-Latin", "café") |> ignore
use response = client.Send(request)
use reader = new StreamReader(response.Content.ReadAsStream())
printfn "%s" (reader.ReadToEnd())
