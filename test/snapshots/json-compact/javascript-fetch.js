const requestOptions = {
  method: "PUT",
  headers: {
    "Content-Type": "application/json"
  },
  body: '{"a":[1,2,{"b":null}],"s":"\\"quoted\\" \\\\ slash","u":"\\ud83d\\ude00","n":1.0}'
};

fetch("{{baseUrl}}/v1/config", requestOptions)
  .then((response) => response.text())
  .then((result) => console.log(result))
  .catch((error) => console.error(error));
