open Lwt.Syntax
open Cohttp_lwt_unix

let () =
  let uri = Uri.of_string "{{baseUrl}}/echo" in
  let headers =
    Cohttp.Header.of_list
      [
        ("X-Shell", "\"; rm -rf ~; \" $(id) `id` #{system('id')} \\(exploit) ${HOME} '; require('child_process').exec('id'); ' <?php */ %s");
        ("X-Quotes", "'single' \"double\" `back` \\back\\slash\\");
        ("X-Interp", "#{1+1} ${1+1} \\(1+1) {$x} $x @x #$x #@x %(x)s {0}");
        ("X-Comment", "*/ /* // # -- <!-- ?>");
      ]
  in
  let request =
    let* response, body =
      Client.call ~headers `GET uri
    in
    let* text = Cohttp_lwt.Body.to_string body in
    print_endline (Cohttp.Code.string_of_status (Cohttp.Response.status response));
    print_endline text;
    Lwt.return ()
  in
  Lwt_main.run request
