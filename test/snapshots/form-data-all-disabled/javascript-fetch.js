const requestOptions = {
  method: "POST"
};

fetch("{{baseUrl}}/upload", requestOptions)
  .then((response) => response.text())
  .then((result) => console.log(result))
  .catch((error) => console.error(error));
