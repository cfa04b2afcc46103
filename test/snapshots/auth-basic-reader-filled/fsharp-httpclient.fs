open System
open System.IO
open System.Net.Http
open System.Net.Http.Headers
open System.Text

use client = new HttpClient()
use request = new HttpRequestMessage(HttpMethod.Get, "{{baseUrl}}/me")
let credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes("{{username}}" + ":" + "{{password}}"))
request.Headers.Authorization <- AuthenticationHeaderValue("Basic", credentials)
use response = client.Send(request)
use reader = new StreamReader(response.Content.ReadAsStream())
printfn "%s" (reader.ReadToEnd())
