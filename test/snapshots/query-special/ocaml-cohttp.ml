open Lwt.Syntax
open Cohttp_lwt_unix

let () =
  let uri = Uri.of_string "{{baseUrl}}/search?q=hello%20world&amp=a%26b&eq=x%3Dy&plus=1%2B1%3D2&pct=100%25&pct2=%2541%25zz&caf%C3%A9=na%C3%AFve%20%C3%BC%C3%9F&emoji=%F0%9F%98%80%F0%9F%8E%89&empty=&tag=one&tag=two&filter%5Bname%5D=%5Bx%5D&hash=%23frag?&semi=a%3Bb,c&slash=/a/b&quote=it's%20%22q%22" in
  let request =
    let* response, body =
      Client.call `GET uri
    in
    let* text = Cohttp_lwt.Body.to_string body in
    print_endline (Cohttp.Code.string_of_status (Cohttp.Response.status response));
    print_endline text;
    Lwt.return ()
  in
  Lwt_main.run request
