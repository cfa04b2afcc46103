const requestOptions = {
  method: "POST",
  headers: {
    "Content-Type": "text/plain"
  },
  body: "price: $5 #{total} ${HOME} \\(x) `cmd` 'single' \"double\" \\n stays"
};

fetch("{{baseUrl}}/notes", requestOptions)
  .then((response) => response.text())
  .then((result) => console.log(result))
  .catch((error) => console.error(error));
