const requestOptions = {
  method: "POST",
  headers: {
    "Content-Type": "text/plain"
  },
  body: "line one\r\nline two\r\n"
};

fetch("{{baseUrl}}/notes", requestOptions)
  .then((response) => response.text())
  .then((result) => console.log(result))
  .catch((error) => console.error(error));
