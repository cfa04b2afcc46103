const requestOptions = {
  method: "PURGE"
};

fetch("{{baseUrl}}/cache/key", requestOptions)
  .then((response) => response.text())
  .then((result) => console.log(result))
  .catch((error) => console.error(error));
