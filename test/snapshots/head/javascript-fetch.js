const requestOptions = {
  method: "HEAD",
  headers: {
    "X-Check": "yes"
  }
};

fetch("{{baseUrl}}/status", requestOptions)
  .then((response) => response.text())
  .then((result) => console.log(result))
  .catch((error) => console.error(error));
