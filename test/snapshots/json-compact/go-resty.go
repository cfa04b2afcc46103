package main

import (
	"fmt"

	"github.com/go-resty/resty/v2"
)

func main() {
	client := resty.New()

	req := client.R()
	req.Header.Add("Content-Type", "application/json")
	req.SetBody("{\"a\":[1,2,{\"b\":null}],\"s\":\"\\\"quoted\\\" \\\\ slash\",\"u\":\"\\ud83d\\ude00\",\"n\":1.0}")

	resp, err := req.Execute("PUT", "{{baseUrl}}/v1/config")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(resp.String())
}
