package main

import (
	"fmt"
	"io"
	"net/http"
)

func main() {

	url := "{{baseUrl}}/pets/{{petId}}?api_key={{api_key}}&limit=10"
	method := "GET"

	client := &http.Client{}
	req, err := http.NewRequest(method, url, nil)

	if err != nil {
		fmt.Println(err)
		return
	}
	req.Header.Add("X-API-Key", "{{api_key}}")
	req.Header.Add("Cookie", "session={{session_id}}; api_key={{api_key}}")
	req.Header.Add("X-Note", "\"; rm -rf ~; \"")
	req.Header.Add("Authorization", "Bearer {{bearerAuth}}")

	res, err := client.Do(req)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer res.Body.Close()

	body, err := io.ReadAll(res.Body)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(string(body))
}
