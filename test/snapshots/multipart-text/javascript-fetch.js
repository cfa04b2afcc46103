const form = new FormData();
form.append("title", "Hello");
form.append("bio", "line 1\nline 2\r\nline 3");
form.append("name", "Zoë 😀");
form.append("tag", "a");
form.append("tag", "b");
form.append("meta", '{"k":"v"}');
form.append("danger", "\"; $(id) #{x} \\(y) '");

const requestOptions = {
  method: "POST",
  body: form
};

fetch("{{baseUrl}}/upload", requestOptions)
  .then((response) => response.text())
  .then((result) => console.log(result))
  .catch((error) => console.error(error));
