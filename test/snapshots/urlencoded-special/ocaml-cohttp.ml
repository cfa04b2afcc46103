open Lwt.Syntax
open Cohttp_lwt_unix

let () =
  let uri = Uri.of_string "{{baseUrl}}/form" in
  let headers =
    Cohttp.Header.of_list
      [
        ("Content-Type", "application/x-www-form-urlencoded");
      ]
  in
  let body = Cohttp_lwt.Body.of_string "a%20b=c%26d%3De&plus=1%2B2%203&pct=50%25&utf=%C3%A9t%C3%A9%20%E2%98%83%20%F0%9F%98%80&k=first&k=second&empty=&multi=line1%0Aline2&q=%22%27%60%24x%20%23%7By%7D" in
  let request =
    let* response, body =
      Client.call ~headers ~body ~chunked:false `POST uri
    in
    let* text = Cohttp_lwt.Body.to_string body in
    print_endline (Cohttp.Code.string_of_status (Cohttp.Response.status response));
    print_endline text;
    Lwt.return ()
  in
  Lwt_main.run request
